"""The demo's texts as plain data: the case database (cases.py), the course texts (courses/) and
the question bank (questions.py). Loaded by the modules one level up."""
