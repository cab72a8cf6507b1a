using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneMatter.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DropUnusedTaskIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_Assignee_Status",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_ClaimedBy",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Unit_Status_DueUtcTicks",
                table: "Tasks");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Assignee_Status",
                table: "Tasks",
                columns: new[] { "Assignee", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ClaimedBy",
                table: "Tasks",
                column: "ClaimedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Unit_Status_DueUtcTicks",
                table: "Tasks",
                columns: new[] { "Unit", "Status", "DueUtcTicks" });
        }
    }
}
