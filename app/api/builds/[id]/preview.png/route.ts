import { sharePreviewImage } from "@/components/builds/share-image";
import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http/errors";
import { previewFor } from "@/lib/services/share-preview";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** The share-preview PNG (1200x630) that og:image and twitter:image point at. */
export const GET = handle(async (_request: Request, { params }: Context) => {
  const { id } = await params;
  return sharePreviewImage(await previewFor(getDb(), id));
});
