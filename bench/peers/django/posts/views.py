from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from rest_framework import generics, permissions, status
from rest_framework.response import Response

from .models import Post
from .pagination import PostPagination
from .serializers import CommentSerializer, PostSerializer


def published_posts():
    return (Post.objects.filter(status="published").select_related("author").prefetch_related("tag_rows")
            .annotate(comment_count=Count("comments")))


class PostList(generics.ListAPIView):
    serializer_class = PostSerializer
    pagination_class = PostPagination

    def get_queryset(self):
        return published_posts().order_by("-created_at", "-id")


class PostDetail(generics.RetrieveAPIView):
    serializer_class = PostSerializer

    def get_queryset(self):
        return published_posts()


class CommentCreate(generics.CreateAPIView):
    serializer_class = CommentSerializer
    permission_classes = [permissions.IsAuthenticated]

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        # The contract answers a broken field rule 422, where DRF would answer 400.
        if not serializer.is_valid():
            return Response(serializer.errors, status=status.HTTP_422_UNPROCESSABLE_ENTITY)
        post = get_object_or_404(Post.objects.filter(Q(status="published") | Q(author=request.user)),
                                 pk=self.kwargs["post_id"])
        serializer.save(post=post, author=request.user, created_at=timezone.now())
        location = f"/posts/{post.pk}/comments/{serializer.data['id']}"
        return Response(serializer.data, status=status.HTTP_201_CREATED, headers={"Location": location})
