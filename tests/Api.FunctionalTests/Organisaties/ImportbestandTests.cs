using System.Text;
using Microsoft.AspNetCore.Http;
using PassendOnderwijs.Api.Endpoints.Organisaties;

namespace PassendOnderwijs.Api.FunctionalTests.Organisaties;

/// <summary>The file reader on its own: a CSV is read as it streams in, and reading stops at the row limit.</summary>
public class ImportbestandTests
{
    [Test]
    public async Task Reading_a_csv_of_ten_thousand_rows_stops_at_the_row_limit_without_reading_the_rest()
    {
        var kop = "bevoegd-gezagnummer;brin;vestigingsnummer;schoolnaam;soort\r\n"u8.ToArray();
        var regel = "41234;12AB;00;Een school met een naam;BAO\r\n"u8.ToArray();
        using var bron = new TellendeStroom(kop, regel, aantalRegels: 10_000);
        var http = new DefaultHttpContext();
        http.Request.ContentType = "text/csv";
        http.Request.Body = bron;

        var tabel = await Importbestand.LeesAsync(http.Request, CancellationToken.None);

        tabel.Fouten.ShouldHaveSingleItem().Code.ShouldBe("te-veel-regels");
        var geheel = kop.Length + (10_000L * regel.Length);
        bron.Gelezen.ShouldBeLessThan(geheel * 6 / 10, "reading stops soon after row 5,001, not at the end of the file");
    }

    [Test]
    public async Task A_body_without_content_length_is_refused_once_it_passes_the_size_limit()
    {
        var kop = "bevoegd-gezagnummer;brin;vestigingsnummer;schoolnaam;soort\r\n"u8.ToArray();
        var regel = Encoding.UTF8.GetBytes("41234;12AB;00;" + new string('x', 2_000) + ";BAO\r\n");
        using var bron = new TellendeStroom(kop, regel, aantalRegels: 4_000);
        var http = new DefaultHttpContext();
        http.Request.ContentType = "text/csv";
        http.Request.Body = bron;

        var tabel = await Importbestand.LeesAsync(http.Request, CancellationToken.None);

        tabel.Fouten.ShouldHaveSingleItem().Code.ShouldBe("bestand-te-groot");
        bron.Gelezen.ShouldBeLessThan((5 * 1024 * 1024) + (256 * 1024), "reading stops just past the limit");
    }

    /// <summary>A body made row by row as it is read, that counts how much was asked of it.</summary>
    private sealed class TellendeStroom(byte[] kop, byte[] regel, int aantalRegels) : Stream
    {
        private readonly long _lengte = kop.Length + ((long)aantalRegels * regel.Length);

        public long Gelezen { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Gelezen; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var aantal = 0;
            while (aantal < buffer.Length && Gelezen < _lengte)
            {
                buffer[aantal++] = Gelezen < kop.Length ? kop[Gelezen] : regel[(Gelezen - kop.Length) % regel.Length];
                Gelezen++;
            }

            return aantal;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
