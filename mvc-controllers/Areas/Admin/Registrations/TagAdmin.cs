using System.Linq.Expressions;
using MvcControllers.Areas.Admin.Engine;

namespace MvcControllers.Areas.Admin.Registrations;

/// <summary>The tags, read-only: each name with the number of posts that have it. A tag is only ever a post's label.</summary>
public sealed class TagAdmin : ModelAdmin<TagAdmin.Tag>
{
    /// <summary>A tag as the list shows it: the rows of <c>post_tags</c> grouped by name.</summary>
    public sealed class Tag
    {
        public string Name { get; set; } = "";
        public int PostCount { get; set; }
    }

    public override Expression<Func<Tag, string>> Repr { get; } = t => t.Name;

    public override IReadOnlyList<Column<Tag>> ListDisplay { get; } = [Column(t => t.Name), Column(t => t.PostCount, "Posts", "posts")];

    public override IReadOnlyList<Expression<Func<Tag, string>>> SearchFields { get; } = [t => t.Name];

    public override IReadOnlyList<string> Ordering { get; } = ["name"];

    public override IQueryable<Tag> GetQueryset(AdminRequest request) =>
        request.Db.PostTags.GroupBy(t => t.Name).Select(g => new Tag { Name = g.Key, PostCount = g.Count() });

    public override bool HasAddPermission(AdminUser user) => false;
    public override bool HasChangePermission(AdminUser user) => false;
    public override bool HasDeletePermission(AdminUser user) => false;
}
