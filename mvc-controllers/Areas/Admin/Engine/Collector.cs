using Blog.Data;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// What deleting objects takes with it (≈ Django's <c>NestedObjects</c> collector), read from the EF Core model: for
/// each foreign key that points to the model and cascades, how many rows point to the doomed objects. One COUNT per
/// such table, whatever the number of objects.
/// </summary>
public static class Collector
{
    public static async Task<IReadOnlyList<(string What, int Count)>> CascadesAsync<T>(
        BlogDbContext db, IQueryable<int> doomed, CancellationToken cancellationToken)
    {
        var model = db.Model.FindEntityType(typeof(T));
        if (model is null) return [];
        var found = new List<(string, int)>();
        foreach (var key in model.GetReferencingForeignKeys().Where(k => k.DeleteBehavior == DeleteBehavior.Cascade && k.Properties.Count == 1))
        {
            var count = await (Task<int>)typeof(Collector).GetMethod(nameof(CountAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(key.DeclaringEntityType.ClrType)
                .Invoke(null, [db, key.Properties[0].Name, doomed, cancellationToken])!;
            if (count > 0) found.Add((Names.Label(key.DeclaringEntityType.GetTableName() ?? key.DeclaringEntityType.ClrType.Name), count));
        }
        return found;
    }

    private static Task<int> CountAsync<TDependent>(BlogDbContext db, string foreignKey, IQueryable<int> doomed, CancellationToken cancellationToken)
        where TDependent : class =>
        db.Set<TDependent>().CountAsync(d => doomed.Contains(EF.Property<int>(d, foreignKey)), cancellationToken);
}
