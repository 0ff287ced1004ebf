"""Demo and scale data on top of the product: demo people, courses, quizzes, cases, survey rounds
and activity (`manage.py setup_demo`), and generated scale data (`manage.py generate_scale_data`).

The loaders live here (people.py, activity.py, cases.py, courses.py, quizzes.py, survey.py,
scale/); the content they load is YAML and Markdown in content/ (its README.md is the writers'
guide), read and checked by content_files.py against schema.py, lessons through
lesson_markdown.py. The app sits at the top of the layers, above every product app, and is in
INSTALLED_APPS only in the dev and test settings: a production installation (`migrate` +
`spire_setup`) never loads it, and no product app imports it.
"""
