namespace OneMatter.Web.Tests.Support;

/// <summary>Every browser test shares one server and one Chromium (started once), and runs one
/// after another: they share the server's clock.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebAppServer>
{
    public const string Name = "web app";
}
