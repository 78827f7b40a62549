"""Settings of the bench's Django + DRF peer: an API-only project over the hosts' PostgreSQL database."""
import os

SECRET_KEY = os.environ["JWT_SIGNING_KEY"]
JWT_ISSUER = os.environ.get("JWT_ISSUER", "blog-samples")
JWT_AUDIENCE = os.environ.get("JWT_AUDIENCE", "blog-samples")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "posts",
]
# An API authenticated by bearer tokens: no sessions, CSRF or messages, so only the request-level middleware.
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]
ROOT_URLCONF = "blogbench.urls"
WSGI_APPLICATION = "blogbench.wsgi.application"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ["DATABASE_NAME"],
        "USER": os.environ.get("DATABASE_USER", "postgres"),
        "HOST": os.environ["DATABASE_HOST"],
        # Persistent connections, as Django's deployment checklist advises: one per gunicorn worker.
        "CONN_MAX_AGE": 600,
    }
}
USE_TZ = True
TIME_ZONE = "UTC"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["posts.authentication.BearerTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "UNAUTHENTICATED_USER": None,
    # The contract's timestamps: UTC, exactly six fractional digits and Z.
    "DATETIME_FORMAT": "%Y-%m-%dT%H:%M:%S.%fZ",
}
