"""Models over the hosts' tables: their EF migrations own the schema, so none of these is managed here."""
from django.db import models


class User(models.Model):
    username = models.CharField(max_length=50)
    is_active = models.BooleanField()

    # What DRF's IsAuthenticated asks of request.user.
    is_authenticated = True

    class Meta:
        managed = False
        db_table = "users"


class Post(models.Model):
    title = models.CharField(max_length=200)
    slug = models.CharField(max_length=212)
    content = models.TextField()
    status = models.CharField(max_length=16)
    author = models.ForeignKey(User, models.CASCADE)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "posts"


class PostTag(models.Model):
    # The table's key is (post_id, name), which Django 3.2 cannot declare: the post stands in as the primary key, as
    # inspectdb would have it. Tags are only read, through the post's prefetch, so no row is ever looked up by it.
    post = models.ForeignKey(Post, models.CASCADE, primary_key=True, related_name="tag_rows")
    name = models.CharField(max_length=30)

    class Meta:
        managed = False
        db_table = "post_tags"
        ordering = ["name"]


class Comment(models.Model):
    post = models.ForeignKey(Post, models.CASCADE, related_name="comments")
    author = models.ForeignKey(User, models.CASCADE)
    content = models.TextField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "comments"
