# Deduplicating records that contain lists: TypeError unhashable type.

tags_by_post = [
    ("intro", ("python", "basics")),
    ("loops", ("python", "control-flow")),
    ("intro", ("python", "basics")),
    ("sets", ("python", "collections")),
]

unique = set(tags_by_post)
print(len(tags_by_post), "posts,", len(unique), "unique")
print(sorted(unique))
tag_count = {}
for _, tags in tags_by_post:
    for tag in tags:
        tag_count[tag] = tag_count.get(tag, 0) + 1
print(sorted(tag_count.items()))
frozen = {frozenset(tags) for _, tags in tags_by_post}
print(len(frozen), sorted(sorted(f) for f in frozen))

mutable_posts = [(title, list(tags)) for title, tags in tags_by_post]
print(mutable_posts[0])
index = {}
for title, tags in mutable_posts:
    index[title] = tags
print(sorted(index))
seen = set()
for post in mutable_posts:
    seen.add(post)
print(len(seen))
