using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using OneMatter.Storage.Entities;

namespace OneMatter.Storage;

/// <summary>
/// One inbox view's four statements as expression trees, ready to compile: the count and the
/// page of its rows with a deadline, the count and the page of those without. Each takes the
/// context, the unit, the officer, now and the end of the due-soon window (in ticks); a page also
/// its skip and take. A view ignores the values its condition does not use.
/// </summary>
/// <remarks>
/// The four differ from view to view only in the view's condition, so they are written once with
/// a placeholder, <see cref="InView"/>, that each view's condition replaces: the trees are the ones
/// the read model used to compose per call (open rows of the unit, the condition, dated or undated,
/// the order of <c>IX_Tasks_OpenInbox</c>), so EF Core writes the same SQL, its parameters now named
/// after the lambda's (<c>@unit</c>, <c>@user</c>, <c>@now</c>, <c>@soon</c>, <c>@skip</c>,
/// <c>@take</c>), and the partial index still serves both the counts and the pages. The trees name
/// no provider; compiling them does.
/// </remarks>
internal sealed class InboxView
{
    private static readonly Expression<Func<MatterDbContext, string, string, long, long, CancellationToken, int>> CountDatedTemplate =
        (db, unit, user, now, soon, _) => db.Tasks.AsNoTracking().Where(t => t.Unit == unit && t.Status != "Done")
            .Where(t => InView(t, user, now, soon)).Where(t => t.DueUtcTicks != null).Count();

    private static readonly Expression<Func<MatterDbContext, string, string, long, long, CancellationToken, int>> CountUndatedTemplate =
        (db, unit, user, now, soon, _) => db.Tasks.AsNoTracking().Where(t => t.Unit == unit && t.Status != "Done")
            .Where(t => InView(t, user, now, soon)).Where(t => t.DueUtcTicks == null).Count();

    private static readonly Expression<Func<MatterDbContext, string, string, long, long, int, int, IQueryable<TaskRow>>> PageDatedTemplate =
        (db, unit, user, now, soon, skip, take) => db.Tasks.AsNoTracking().Where(t => t.Unit == unit && t.Status != "Done")
            .Where(t => InView(t, user, now, soon)).Where(t => t.DueUtcTicks != null)
            .OrderBy(t => t.DueUtcTicks).ThenBy(t => t.CreatedUtcTicks).ThenBy(t => t.InstanceId).ThenBy(t => t.TaskId).ThenBy(t => t.WorkItemId)
            .Skip(skip).Take(take);

    private static readonly Expression<Func<MatterDbContext, string, string, long, long, int, int, IQueryable<TaskRow>>> PageUndatedTemplate =
        (db, unit, user, now, soon, skip, take) => db.Tasks.AsNoTracking().Where(t => t.Unit == unit && t.Status != "Done")
            .Where(t => InView(t, user, now, soon)).Where(t => t.DueUtcTicks == null)
            .OrderBy(t => t.DueUtcTicks).ThenBy(t => t.CreatedUtcTicks).ThenBy(t => t.InstanceId).ThenBy(t => t.TaskId).ThenBy(t => t.WorkItemId)
            .Skip(skip).Take(take);

    // After the templates: static fields are initialized in the order they are written.
    public static readonly InboxView Pending = new((t, _, _, _) => t.Status == "Offered" && t.ClaimedBy == null);
    public static readonly InboxView Mine = new((t, user, _, _) => t.ClaimedBy == user || t.Assignee == user);
    public static readonly InboxView DueSoon = new((t, _, now, soon) => t.DueUtcTicks != null && t.DueUtcTicks >= now && t.DueUtcTicks <= soon);
    public static readonly InboxView Overdue = new((t, _, now, _) => t.Overdue || (t.DueUtcTicks != null && t.DueUtcTicks < now));

    private InboxView(Expression<Func<TaskRow, string, long, long, bool>> condition)
    {
        var inline = new Inliner(condition);
        CountDated = (Expression<Func<MatterDbContext, string, string, long, long, CancellationToken, int>>)inline.Visit(CountDatedTemplate);
        CountUndated = (Expression<Func<MatterDbContext, string, string, long, long, CancellationToken, int>>)inline.Visit(CountUndatedTemplate);
        PageDated = (Expression<Func<MatterDbContext, string, string, long, long, int, int, IQueryable<TaskRow>>>)inline.Visit(PageDatedTemplate);
        PageUndated = (Expression<Func<MatterDbContext, string, string, long, long, int, int, IQueryable<TaskRow>>>)inline.Visit(PageUndatedTemplate);
    }

    public Expression<Func<MatterDbContext, string, string, long, long, CancellationToken, int>> CountDated { get; }

    public Expression<Func<MatterDbContext, string, string, long, long, CancellationToken, int>> CountUndated { get; }

    public Expression<Func<MatterDbContext, string, string, long, long, int, int, IQueryable<TaskRow>>> PageDated { get; }

    public Expression<Func<MatterDbContext, string, string, long, long, int, int, IQueryable<TaskRow>>> PageUndated { get; }

    /// <summary>The placeholder of a view's condition in the templates; never called.</summary>
    private static bool InView(TaskRow row, string user, long now, long soon) =>
        throw new InvalidOperationException("A template's placeholder, replaced by the view's condition before the query is compiled.");

    /// <summary>Replaces each <see cref="InView"/> call with the condition's body over the call's arguments.</summary>
    private sealed class Inliner(LambdaExpression condition) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.Name == nameof(InView) && node.Method.DeclaringType == typeof(InboxView)
                ? new ReplacingExpressionVisitor(condition.Parameters, node.Arguments).Visit(condition.Body)
                : base.VisitMethodCall(node);
    }
}
