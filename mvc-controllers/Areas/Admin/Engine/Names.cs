using System.Text;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>How the engine names things it is not told the name of (Django's verbose_name from a field's name).</summary>
public static class Names
{
    /// <summary>"CreatedAt" → "created_at": the name a query string or a form uses.</summary>
    public static string Snake(string name)
    {
        var snake = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && snake.Length > 0) snake.Append('_');
            snake.Append(char.ToLowerInvariant(c));
        }
        return snake.ToString();
    }

    /// <summary>"created_at" → "Created at": the label a header or a form row shows.</summary>
    public static string Label(string name)
    {
        var words = Snake(name).Replace('_', ' ');
        return Capitalized(words);
    }

    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"1 post", "2 posts".</summary>
    public static string Count(int count, string singular, string plural) => $"{count} {(count == 1 ? singular : plural)}";
}
