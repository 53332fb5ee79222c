using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace PassendOnderwijs.Application.Common;

/// <summary>Store failures that are expected outcomes of a race, recognised without naming the provider.</summary>
internal static class Opslagfouten
{
    // SQLSTATE 23505 (unique_violation) is standard SQL, not PostgreSQL's own.
    private const string UniekeSleutelGeschonden = "23505";

    /// <summary>Someone else claimed the same unique key first.</summary>
    public static bool IsUniekeSleutelGeschonden(this DbUpdateException fout) =>
        fout.InnerException is DbException { SqlState: UniekeSleutelGeschonden };
}
