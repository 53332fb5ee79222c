using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Npgsql.EntityFrameworkCore.PostgreSQL.Storage.Internal.Mapping;

namespace PassendOnderwijs.Infrastructure.Persistence;

/// <summary>
/// Inserts many rows of one entity with PostgreSQL's binary COPY: one round trip and no change tracking, where
/// SaveChanges would track every row and send thousands of parameters. Table, columns, value converters and
/// database types come from the EF model, so the rows are stored exactly as SaveChanges would store them. It runs on
/// the context's connection, so inside its transaction when one is open.
/// </summary>
internal static class BulkKopie
{
    public static async Task KopieerAsync<T>(this DbContext db, IReadOnlyCollection<T> rijen, CancellationToken ct)
        where T : class
    {
        if (rijen.Count == 0)
        {
            return;
        }

        var entiteit = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not an entity.");
        var kolommen = entiteit.GetProperties()
            .Select(p => (Eigenschap: p, Kolom: p.GetColumnName(), Mapping: (RelationalTypeMapping)p.GetTypeMapping()))
            .ToList();
        var verbinding = (NpgsqlConnection)db.Database.GetDbConnection();
        if (verbinding.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        }

        var opdracht = $"COPY \"{entiteit.GetTableName()}\" ({string.Join(", ", kolommen.Select(k => $"\"{k.Kolom}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var schrijver = await verbinding.BeginBinaryImportAsync(opdracht, ct).ConfigureAwait(false);
        foreach (var rij in rijen)
        {
            await schrijver.StartRowAsync(ct).ConfigureAwait(false);
            foreach (var (eigenschap, _, mapping) in kolommen)
            {
                var waarde = eigenschap.GetGetter().GetClrValue(rij);
                if (mapping.Converter is { } omzetter && waarde is not null)
                {
                    waarde = omzetter.ConvertToProvider(waarde);
                }

                if (waarde is null)
                {
                    await schrijver.WriteNullAsync(ct).ConfigureAwait(false);
                }
                else if (mapping is NpgsqlTypeMapping npgsql)
                {
                    await schrijver.WriteAsync(waarde, npgsql.NpgsqlDbType, ct).ConfigureAwait(false);
                }
                else
                {
                    // Plain mappings (text, uuid, timestamptz, …): Npgsql writes them by their CLR type.
                    await schrijver.WriteAsync(waarde, ct).ConfigureAwait(false);
                }
            }
        }

        await schrijver.CompleteAsync(ct).ConfigureAwait(false);
    }
}
