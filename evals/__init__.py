"""newsqa's eval suite: gold Q&A items, pure metrics, and `python -m evals` to score the system."""
