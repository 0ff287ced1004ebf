from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("mine-data/", views.data_export, name="data_export"),
    path("slett-konto/", views.account_delete_view, name="delete"),
]
