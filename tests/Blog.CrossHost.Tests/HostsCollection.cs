namespace Blog.CrossHost.Tests;

/// <summary>The spec classes that share one set of host processes, since starting them is the slow part.</summary>
[CollectionDefinition(nameof(HostsCollection))]
public sealed class HostsCollection : ICollectionFixture<HostsFixture>;
