from rest_framework import serializers

from .models import Comment, Post

COMMENT_MAX = 5000


class AuthorSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()


class PostSerializer(serializers.ModelSerializer):
    tags = serializers.SlugRelatedField(source="tag_rows", slug_field="name", many=True, read_only=True)
    author = AuthorSerializer(read_only=True)
    comment_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Post
        fields = ["id", "title", "slug", "content", "status", "tags", "author", "comment_count", "created_at",
                  "updated_at"]


class CommentSerializer(serializers.ModelSerializer):
    # Kept as sent, like the hosts do: DRF would trim it by default.
    content = serializers.CharField(max_length=COMMENT_MAX, trim_whitespace=False)
    author = AuthorSerializer(read_only=True)

    class Meta:
        model = Comment
        fields = ["id", "post_id", "content", "author", "created_at"]
        read_only_fields = ["post_id", "created_at"]

    def validate_content(self, value):
        if not value.strip():
            raise serializers.ValidationError("Must not be blank.")
        if "\0" in value:
            raise serializers.ValidationError("Must not contain the NUL character.")
        return value
