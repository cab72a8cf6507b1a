using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace OneMatter.Server.Accounts;

/// <summary>
/// Demo accounts for every role, made once when the accounts table is empty and the server is
/// not in production, and printed once on the console: the applicant, the officers of every unit
/// rural housing passes through, the county command centre, a designer and an administrator,
/// all with one password (configured, or random and printed with them).
/// </summary>
internal static class DemoAccounts
{
    /// <summary>(user name, display name, role, unit, jurisdiction).</summary>
    public static IReadOnlyList<(string User, string Name, string Role, string? Unit, string? Jurisdiction)> All { get; } =
    [
        ("zhangsan", "张三", Roles.Applicant, null, null),
        ("lisi", "李四", Roles.Applicant, null, null),
        ("officer.baishi-service", "白石镇便民服务中心 窗口", Roles.Officer, "baishi-service", null),
        ("officer.baishi-baishi-committee", "白石村委会", Roles.Officer, "baishi-baishi-committee", null),
        ("officer.cs-natural-resources", "县自然资源和规划局", Roles.Officer, "cs-natural-resources", null),
        ("officer.cs-housing", "县住建局", Roles.Officer, "cs-housing", null),
        ("officer.cs-agriculture", "县农业农村局", Roles.Officer, "cs-agriculture", null),
        ("officer.baishi-gov", "白石镇人民政府", Roles.Officer, "baishi-gov", null),
        ("supervisor", "县社会治理中心 指挥长", Roles.Supervisor, "cs-command-centre", "*"),
        ("designer", "流程设计员", Roles.Designer, null, null),
        ("admin", "系统管理员", Roles.Admin, null, null),
    ];

    /// <summary>Creates the roles, and the demo accounts when there are no accounts yet; returns
    /// what to print once (the accounts and their password), or null when the accounts existed.</summary>
    public static async Task<string?> SeedAsync(IServiceProvider services, string? password)
    {
        var users = services.GetRequiredService<UserManager<Account>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false));
            }
        }
        if (users.Users.Any())
        {
            return null; // not a new database: never re-create or print accounts
        }
        // One password for every demo account, hashed once: PBKDF2 (100,000 rounds) for each of
        // eleven accounts was most of a new database's first start, and of every server test's
        // start. The one hash (with its one salt) is stored for all of them; identical hashes
        // only reveal what the console prints anyway.
        var secret = password ?? NewPassword();
        var probe = new Account { UserName = All[0].User };
        foreach (var validator in users.PasswordValidators)
        {
            Check(await validator.ValidateAsync(users, probe, secret).ConfigureAwait(false));
        }
        var hash = users.PasswordHasher.HashPassword(probe, secret);
        // One transaction, so the accounts and their roles cost one durable commit, not two each.
        var db = services.GetRequiredService<AccountsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync().ConfigureAwait(false);
        var lines = new List<string> { "Demo accounts (printed once; this database is new and not in production), password " + secret + ":" };
        foreach (var (user, name, role, unit, jurisdiction) in All)
        {
            var account = new Account
            {
                UserName = user, DisplayName = name, Unit = unit, Jurisdiction = jurisdiction, EmailConfirmed = true, PasswordHash = hash,
            };
            Check(await users.CreateAsync(account).ConfigureAwait(false));
            Check(await users.AddToRoleAsync(account, role).ConfigureAwait(false));
            lines.Add($"  {role,-10} {user}");
        }
        await transaction.CommitAsync().ConfigureAwait(false);
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>16 random characters from an unambiguous alphabet plus the classes the password
    /// policy asks for.</summary>
    private static string NewPassword() =>
        RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16) + "-7a";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding demo accounts failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
