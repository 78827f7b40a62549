namespace Blog.Mvc.AdminTests.Support;

public static class Cancel
{
    /// <summary>The running test's token, so that a cancelled run stops waiting on the host.</summary>
    public static CancellationToken Ct => TestContext.Current.CancellationToken;
}
