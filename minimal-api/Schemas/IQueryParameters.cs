using System.Reflection;
using Blog.Hosting.OpenApi;
using Microsoft.AspNetCore.Http.Metadata;

namespace MinimalApi.Schemas;

/// <summary>
/// A parameter record that binds itself from the query (<c>BindAsync</c>), which the document generator cannot see
/// into: its <see cref="QueryParameterAttribute"/> declarations become its endpoint's, and so the query parameters the
/// document lists.
/// </summary>
public interface IQueryParameters<TSelf> : IEndpointParameterMetadataProvider where TSelf : IQueryParameters<TSelf>
{
    static void IEndpointParameterMetadataProvider.PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        foreach (var declared in typeof(TSelf).GetCustomAttributes<QueryParameterAttribute>()) builder.Metadata.Add(declared);
    }
}
