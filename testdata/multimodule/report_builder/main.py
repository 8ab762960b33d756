from reporting import render
from reporting.data import load_scores
scores = load_scores()
print(render("Class results", scores, width=36))
