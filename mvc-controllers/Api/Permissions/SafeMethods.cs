namespace MvcControllers.Api.Permissions;

/// <summary>DRF's SAFE_METHODS: the methods that only read.</summary>
public static class SafeMethods
{
    public static bool Contains(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
}
