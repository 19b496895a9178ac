namespace Koa.Examples.Tests;

public sealed class StreamsTests
{
    [Theory(DisplayName = "examples › Streams › streams lines from a pipe without a length")]
    [InlineData(TestTransport.InMemory)]
    [InlineData(TestTransport.Kestrel)]
    public async Task Streams_numbers(TestTransport transport)
    {
        var app = Streams.Program.Build();
        var res = await app.Request(transport).Get("/numbers").Expect("Content-Type", "text/plain; charset=utf-8")
            .ExpectAsync(200, string.Concat(Enumerable.Range(1, 10).Select(i => i + "\n")));
        Assert.False(res.HasHeader("Content-Length"));
    }

    [Theory(DisplayName = "examples › Streams › streams a file as an attachment")]
    [InlineData(TestTransport.InMemory)]
    [InlineData(TestTransport.Kestrel)]
    public async Task Streams_file(TestTransport transport)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "file contents");
        try
        {
            var app = Streams.Program.Build(file);
            await app.Request(transport).Get("/file")
                .Expect("Content-Disposition", $"attachment; filename=\"{Path.GetFileName(file)}\"")
                .ExpectAsync(200, "file contents");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
