using Sluice.Cli;

return await SluiceCli.RunAsync(args, new CliContext(Console.Out, Console.Error, Directory.GetCurrentDirectory(), null));
