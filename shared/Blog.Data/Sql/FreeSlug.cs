using Blog.Domain.Rules;

namespace Blog.Data.Sql;

public static class FreeSlug
{
    /// <summary>
    /// Saves a post under the first free slug for its title. Two simultaneous saves may pick the same one; the unique
    /// index lets only one win, and the loser looks again. Each host passes its own query and save.
    /// </summary>
    public static async Task SaveAsync(
        string title, Func<string, Task<List<string>>> takenLike, Func<string, Task> saveWithSlug)
    {
        var baseSlug = Slug.From(title);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await saveWithSlug(Slug.FirstFree(baseSlug, await takenLike(baseSlug)));
                return;
            }
            catch (Exception exception) when (UniqueViolation.Is(exception) && attempt < Slug.MaxAttempts)
            {
            }
        }
    }
}
