using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using OneMatter.Server.Accounts;

namespace OneMatter.Server.Jobs;

/// <summary>
/// Hangfire's dashboard at <c>/hangfire</c>, for administrators only. The job storage exists only
/// once the runtime has started (a hosted service, after the pipeline is described), so the
/// dashboard's own pipeline is built on the first request rather than at start-up; and access is
/// decided by the server's sign-in (cookie or bearer) and role, not by Hangfire's local-only
/// default filter.
/// </summary>
internal sealed class JobsDashboard(RequestDelegate next, IServiceProvider services)
{
    private RequestDelegate? _dashboard;

    public async Task InvokeAsync(HttpContext context, RuntimeHost host)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in required").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        if (!context.User.IsInRole(Roles.Admin))
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "任务面板仅限管理员 (the job dashboard is for administrators)").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        await Dashboard(host)(context).ConfigureAwait(false);
    }

    private RequestDelegate Dashboard(RuntimeHost host)
    {
        if (_dashboard is { } built)
        {
            return built;
        }
        var branch = new ApplicationBuilder(services);
        // Authorisation is done above; an empty filter list lets every request through to it.
        var options = new DashboardOptions { Authorization = [], AppPath = "/", DashboardTitle = "OneMatter 定时任务 (timers)" };
        branch.UseMiddleware<AspNetCoreDashboardMiddleware>(host.Runtime.Timers.Storage, options, DashboardRoutes.Routes);
        branch.Run(next);
        return _dashboard = branch.Build();
    }
}
