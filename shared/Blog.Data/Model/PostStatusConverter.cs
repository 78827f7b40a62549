using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Blog.Data.Model;

/// <summary>Stores the status as its lower-case wire word, so hand-written SQL reads the same values.</summary>
public sealed class PostStatusConverter() : ValueConverter<PostStatus, string>(
    status => status == PostStatus.Draft ? PostStatuses.Draft
        : status == PostStatus.Published ? PostStatuses.Published
        : PostStatuses.Archived,
    stored => stored == PostStatuses.Draft ? PostStatus.Draft
        : stored == PostStatuses.Published ? PostStatus.Published
        : PostStatus.Archived);
