using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>How a change list or an inline shows a value (≈ <c>display_for_value</c>): flags as icons, dates in UTC, choices as badges.</summary>
public static class Cells
{
    public const int TextMax = 80;

    public static IHtmlContent Html(object? value)
    {
        var cell = new TagBuilder("span");
        switch (value)
        {
            case null:
                cell.AddCssClass("quiet");
                cell.InnerHtml.Append("-");
                break;
            case bool flag:
                cell.AddCssClass(flag ? "bool bool-yes" : "bool bool-no");
                cell.Attributes["title"] = flag ? "Yes" : "No";
                cell.InnerHtml.Append(flag ? "✔" : "✘");
                break;
            case DateTime at:
                cell.AddCssClass("nowrap");
                cell.InnerHtml.Append(at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                break;
            case Enum choice:
                var name = choice.ToString();
                cell.AddCssClass($"badge badge-{name.ToLowerInvariant()}");
                cell.InnerHtml.Append(name);
                break;
            default:
                var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                cell.InnerHtml.Append(text.Length > TextMax ? text[..TextMax] + "…" : text);
                break;
        }
        return cell;
    }

    public static bool IsNumber(object? value) => value is int or long or decimal or double;
}
