using Microsoft.Playwright;
using Xunit.Abstractions;

namespace OneMatter.Web.Tests.Support;

/// <summary>
/// One test's browser sessions: every page it signs in is tracked so that, when the test fails,
/// each page is saved as a screenshot (named after the test and the user) under
/// <see cref="WebAppServer.FailureFolder"/> and its path written to the test output; all of them
/// are closed at the end.
/// </summary>
public sealed class Story
{
    private readonly WebAppServer _server;
    private readonly ITestOutputHelper _output;
    private readonly string _name;
    private readonly List<(string User, IPage Page)> _pages = [];

    private Story(WebAppServer server, ITestOutputHelper output, string name)
    {
        _server = server;
        _output = output;
        _name = name;
    }

    public WebAppServer Server => _server;

    /// <summary>Runs a test's body; on failure saves every page it opened before rethrowing.</summary>
    public static async Task RunAsync(WebAppServer server, ITestOutputHelper output, string name, Func<Story, Task> body)
    {
        var story = new Story(server, output, name);
        var started = DateTime.UtcNow;
        Ui.Trace = output.WriteLine;
        try
        {
            await body(story);
            output.WriteLine($"{name}: passed in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        }
        catch
        {
            await story.SaveFailureScreenshotsAsync();
            throw;
        }
        finally
        {
            Ui.Trace = null;
            await story.CloseAsync();
        }
    }

    /// <summary>A new browser context signed in as <paramref name="user"/> through the sign-in
    /// page; the page is left on the role's own face.</summary>
    public async Task<IPage> SignInAsync(string user)
    {
        var page = await _server.NewPageAsync();
        lock (_pages)
        {
            _pages.Add((user, page));
        }
        await Ui.SignInAsync(page, user);
        return page;
    }

    /// <summary>Writes a line to the test output (shown with a failure).</summary>
    public void Log(string line) => _output.WriteLine(line);

    private async Task SaveFailureScreenshotsAsync()
    {
        Directory.CreateDirectory(WebAppServer.FailureFolder);
        List<(string User, IPage Page)> pages;
        lock (_pages)
        {
            pages = [.. _pages];
        }
        for (var i = 0; i < pages.Count; i++)
        {
            var (user, page) = pages[i];
            var path = Path.Combine(WebAppServer.FailureFolder, $"{_name}-{i + 1}-{user}.png");
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 5_000 });
                _output.WriteLine($"failure screenshot of {user} at {page.Url}: {path}");
            }
            catch (PlaywrightException e)
            {
                _output.WriteLine($"no screenshot of {user}: {e.Message}");
            }
        }
    }

    private async Task CloseAsync()
    {
        foreach (var (_, page) in _pages)
        {
            try
            {
                await page.Context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // already closed with the browser
            }
        }
    }
}
