using Blog.Data;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>The admin log read back: one object's history, oldest first, and a user's latest actions.</summary>
public static class AdminLogQueries
{
    public const int RecentCount = 10;

    public static Task<List<LogLine>> HistoryAsync(BlogDbContext db, string model, int objectId, CancellationToken cancellationToken)
    {
        var id = objectId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (from e in db.AdminLog
                join u in db.Users on e.UserId equals u.Id
                where e.Model == model && e.ObjectId == id
                orderby e.ActionTime, e.Id
                select new LogLine(e.ActionTime, u.Username, e.Model, e.ObjectId, e.ObjectRepr, e.Action, e.ChangeMessage))
            .ToListAsync(cancellationToken);
    }

    public static Task<List<LogLine>> RecentAsync(BlogDbContext db, int userId, CancellationToken cancellationToken) =>
        (from e in db.AdminLog
         join u in db.Users on e.UserId equals u.Id
         where e.UserId == userId
         orderby e.ActionTime descending, e.Id descending
         select new LogLine(e.ActionTime, u.Username, e.Model, e.ObjectId, e.ObjectRepr, e.Action, e.ChangeMessage))
        .Take(RecentCount).ToListAsync(cancellationToken);
}
