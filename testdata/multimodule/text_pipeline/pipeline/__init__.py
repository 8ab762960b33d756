from functools import reduce


def run(data, stages):
    return reduce(lambda acc, stage: stage(acc), stages, data)
