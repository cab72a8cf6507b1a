using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneMatter.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SnapshotsTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Snapshots",
                columns: table => new
                {
                    InstanceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Snapshots", x => x.InstanceId);
                });

            // Existing snapshots move to their own table before the column goes.
            migrationBuilder.Sql("""INSERT INTO "Snapshots" ("InstanceId", "Json") SELECT "Id", "SnapshotJson" FROM "Instances";""");

            migrationBuilder.DropColumn(
                name: "SnapshotJson",
                table: "Instances");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SnapshotJson",
                table: "Instances",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""UPDATE "Instances" SET "SnapshotJson" = (SELECT s."Json" FROM "Snapshots" AS s WHERE s."InstanceId" = "Instances"."Id") WHERE EXISTS (SELECT 1 FROM "Snapshots" AS s WHERE s."InstanceId" = "Instances"."Id");""");

            migrationBuilder.DropTable(
                name: "Snapshots");
        }
    }
}
