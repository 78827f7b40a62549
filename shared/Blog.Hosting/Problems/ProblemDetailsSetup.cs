using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Hosting.Problems;

public static class ProblemDetailsSetup
{
    /// <summary>
    /// Problem details written by <see cref="ProblemJsonWriter"/> and completed by the host's <paramref name="customize"/>.
    /// The writer is registered before any other (MVC's among them), since the problem-details service asks them in order.
    /// </summary>
    public static IServiceCollection AddBlogProblemDetails(this IServiceCollection services, Action<ProblemDetailsContext> customize)
    {
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, ProblemJsonWriter>());
        return services.AddProblemDetails(problems => problems.CustomizeProblemDetails = customize);
    }
}
