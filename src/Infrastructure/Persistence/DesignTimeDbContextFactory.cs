using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PassendOnderwijs.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the API or reaching a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PassendOnderwijsDbContext>
{
    public PassendOnderwijsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PassendOnderwijsDbContext>();
        DatabaseConfiguratie.Configureer(options, "Host=localhost;Database=passendonderwijs_design");
        return new PassendOnderwijsDbContext(options.Options);
    }
}
