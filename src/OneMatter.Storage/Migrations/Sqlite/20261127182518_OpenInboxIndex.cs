using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneMatter.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenInboxIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tasks_OpenInbox",
                table: "Tasks",
                columns: new[] { "Unit", "DueUtcTicks", "CreatedUtcTicks", "InstanceId", "TaskId", "WorkItemId", "Status", "ClaimedBy", "Assignee", "Overdue" },
                filter: "\"Status\" <> 'Done'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_OpenInbox",
                table: "Tasks");
        }
    }
}
