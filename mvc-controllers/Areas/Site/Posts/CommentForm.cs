using System.ComponentModel.DataAnnotations;

namespace MvcControllers.Areas.Site.Posts;

/// <summary>The comment form of a post page (≈ a Django <c>Form</c>): one field, checked by the shared comment rule.</summary>
public sealed class CommentForm
{
    /// <summary>Bound as typed, so that the rule tells an empty comment from a blank one, as the API does.</summary>
    [CommentContent]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    [Display(Name = "Comment")]
    public string? Content { get; set; }
}
