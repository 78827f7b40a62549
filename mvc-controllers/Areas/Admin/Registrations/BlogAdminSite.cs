using Blog.Domain.Comments;
using Blog.Domain.Posts;
using Blog.Domain.Users;
using MvcControllers.Areas.Admin.Engine;

namespace MvcControllers.Areas.Admin.Registrations;

/// <summary>The blog's admin site (≈ the <c>admin.site.register(…)</c> lines of each app's admin.py).</summary>
public static class BlogAdminSite
{
    public static AdminSite Site { get; } = new AdminSite("Blog administration")
        .Register<Post, PostAdmin>()
        .Register<Comment, CommentAdmin>()
        .Register<TagAdmin.Tag, TagAdmin>()
        .Register<User, UserAdmin>();
}
