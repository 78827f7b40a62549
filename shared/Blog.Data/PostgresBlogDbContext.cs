using Microsoft.EntityFrameworkCore;

namespace Blog.Data;

public sealed class PostgresBlogDbContext(DbContextOptions<PostgresBlogDbContext> options) : BlogDbContext(options);
