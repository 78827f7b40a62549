using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Mvc;

namespace MvcControllers.Web;

/// <summary>
/// A login form refused by <see cref="LoginThrottle"/>: the form again, saying how long to wait, with status 429
/// (its Retry-After and RateLimit-* headers come from <see cref="RateLimitHeaders"/>), a page and not the API's problem.
/// </summary>
public static class TooManyAttempts
{
    public static ViewResult TooManyAttemptsPage(this Controller controller, LoginForm form, RateLimitedException limited)
    {
        controller.ModelState.AddModelError("", limited.Message);
        var page = controller.View(form);
        page.StatusCode = StatusCodes.Status429TooManyRequests;
        return page;
    }
}
