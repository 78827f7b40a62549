using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Blog.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AdminLogAndSuperusers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_superuser",
                table: "users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Before this column every staff user had every right in the admin (createsuperuser made them all):
            // they keep them as superusers. Staff users made from now on start without.
            migrationBuilder.Sql("UPDATE users SET is_superuser = is_staff");

            migrationBuilder.CreateTable(
                name: "admin_log",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    action_time = table.Column<DateTime>(type: "TEXT", nullable: false),
                    user_id = table.Column<int>(type: "INTEGER", nullable: false),
                    model = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    object_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    object_repr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    action = table.Column<int>(type: "INTEGER", nullable: false),
                    change_message = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_admin_log", x => x.id);
                    table.ForeignKey(
                        name: "fk_admin_log_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_admin_log_model_object_id_action_time",
                table: "admin_log",
                columns: new[] { "model", "object_id", "action_time" });

            migrationBuilder.CreateIndex(
                name: "ix_admin_log_user_id_action_time",
                table: "admin_log",
                columns: new[] { "user_id", "action_time" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "admin_log");

            migrationBuilder.DropColumn(
                name: "is_superuser",
                table: "users");
        }
    }
}
