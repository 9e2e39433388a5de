// @rxcv/sources on its own (no models, no sinks): reads every frame of a clip. Argument: the clip.
import { openVideoSource } from '@rxcv/sources';
import { lastValueFrom, reduce } from 'rxjs';

const source = await openVideoSource(process.argv[2]);
const seen = await lastValueFrom(
  source.frames().pipe(
    reduce((acc, frame) => ({
      frames: acc.frames + 1,
      inOrder: acc.inOrder && frame.frameId === acc.frames + 1,
      size: `${frame.image.width}x${frame.image.height}`,
    }), { frames: 0, inOrder: true, size: '' }),
  ),
);
console.log(JSON.stringify(seen));
