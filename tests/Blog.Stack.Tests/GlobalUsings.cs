global using System.Net;
global using Blog.ContractTests.Support;
global using Blog.Tests.Hosts;
global using Xunit;
