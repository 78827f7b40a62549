global using System.Net;
global using System.Text.Json.Nodes;
global using Blog.ContractTests.Support;
global using Xunit;
global using Blog.Tests.Hosts;
