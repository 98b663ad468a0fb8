import PDFDocument from 'pdfkit';

export type ResumeContent = {
  name: string;
  email: string;
  phone: string;
  location: string;
  headline: string;
  skills: string[];
  experience: { title: string; company: string; period: string; highlights: string[] }[];
};

/** Renders a plain one-page résumé as a real PDF (used for demo data). */
export function renderResumePdf(resume: ResumeContent): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${resume.name} — Résumé` } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    document.fontSize(20).text(resume.name);
    document.fontSize(10).fillColor('#52606d').text(`${resume.email} · ${resume.phone} · ${resume.location}`);
    document.moveDown().fillColor('#1f2933').fontSize(12).text(resume.headline);
    document.moveDown().fontSize(13).text('SKILLS');
    document.fontSize(10).text(resume.skills.join(', '));
    document.moveDown().fontSize(13).text('EXPERIENCE');
    for (const job of resume.experience) {
      document.moveDown(0.5).fontSize(11).text(`${job.title} — ${job.company}`);
      document.fontSize(9).fillColor('#52606d').text(job.period).fillColor('#1f2933');
      for (const highlight of job.highlights) document.fontSize(10).text(`• ${highlight}`);
    }
    document.end();
  });
}
