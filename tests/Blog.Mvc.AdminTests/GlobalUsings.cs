global using System.Net;
global using Blog.Mvc.AdminTests.Support;
global using Xunit;
global using static Blog.Mvc.AdminTests.Support.Cancel;
