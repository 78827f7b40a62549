namespace Blog.Hosting.OpenApi;

/// <summary>
/// Marks an endpoint that answers straight from routing (it short-circuits), before authentication: no credential
/// is ever looked at, so its operation documents no 401.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public class BeforeAuthenticationAttribute : Attribute;
