using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneMatter.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutboxClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_InstanceId",
                table: "Outbox");

            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "Outbox",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClaimedUntilUtcTicks",
                table: "Outbox",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_InstanceId_DoneUtcTicks",
                table: "Outbox",
                columns: new[] { "InstanceId", "DoneUtcTicks" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_InstanceId_DoneUtcTicks",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "ClaimedUntilUtcTicks",
                table: "Outbox");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_InstanceId",
                table: "Outbox",
                column: "InstanceId");
        }
    }
}
