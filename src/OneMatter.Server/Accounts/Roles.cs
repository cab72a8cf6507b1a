namespace OneMatter.Server.Accounts;

/// <summary>The five roles of the product; an account has exactly one.</summary>
public static class Roles
{
    /// <summary>Designs and publishes matter definitions.</summary>
    public const string Designer = "designer";

    /// <summary>Handles the tasks of one unit (窗口, 部门).</summary>
    public const string Officer = "officer";

    /// <summary>Watches and supervises within a jurisdiction (指挥中心).</summary>
    public const string Supervisor = "supervisor";

    /// <summary>Edits accounts, the org directory and calendars; sees the job dashboard.</summary>
    public const string Admin = "admin";

    /// <summary>A citizen or company applying for matters.</summary>
    public const string Applicant = "applicant";

    /// <summary>Every role, for seeding.</summary>
    public static IReadOnlyList<string> All { get; } = [Designer, Officer, Supervisor, Admin, Applicant];
}
