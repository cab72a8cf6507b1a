using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneMatter.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DefinitionHeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DefinitionHeads",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DraftYaml = table.Column<string>(type: "text", nullable: true),
                    DraftBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DraftUtcTicks = table.Column<long>(type: "bigint", nullable: true),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    RetiredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RetiredUtcTicks = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DefinitionHeads", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DefinitionHeads");
        }
    }
}
