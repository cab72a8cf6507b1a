using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneMatter.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocumentsAttachmentsWorkspaceFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ForApplicant",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "IssuedUtcTicks",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Template",
                table: "Documents",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TemplateSha256",
                table: "Documents",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "Documents",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "VerificationCode",
                table: "Documents",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InstanceId = table.Column<string>(type: "TEXT", nullable: true),
                    TaskId = table.Column<string>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UploadedUnit = table.Column<string>(type: "TEXT", nullable: true),
                    UploadedUtcTicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkspaceFiles",
                columns: table => new
                {
                    Path = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Yaml = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SavedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SavedUtcTicks = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkspaceFiles", x => new { x.Path, x.Version });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_VerificationCode",
                table: "Documents",
                column: "VerificationCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_InstanceId",
                table: "Attachments",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_UploadedBy_InstanceId",
                table: "Attachments",
                columns: new[] { "UploadedBy", "InstanceId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "WorkspaceFiles");

            migrationBuilder.DropIndex(
                name: "IX_Documents_VerificationCode",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "ForApplicant",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "IssuedUtcTicks",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Template",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "TemplateSha256",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "Documents");

            migrationBuilder.DropColumn(
                name: "VerificationCode",
                table: "Documents");
        }
    }
}
